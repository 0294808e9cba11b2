# syntax=docker/dockerfile:1.7
FROM python:3.13-slim-bookworm AS base
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked <<EOF
set -eu
apt-get update
apt-get install -y --no-install-recommends libpq5
EOF
WORKDIR /app
COPY <<EOF /app/gunicorn.conf.py
bind = "0.0.0.0:8000"
workers = 2
EOF
RUN --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt \
    pip install -r /tmp/requirements.txt
COPY --chown=10001:10001 src/ /app/
RUN useradd --system --uid 10001 --no-create-home app
USER 10001
CMD ["gunicorn", "app:create_app()"]
