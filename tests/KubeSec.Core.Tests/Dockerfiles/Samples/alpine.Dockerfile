FROM alpine:3.22
ARG APP_VERSION=1.4.2
RUN apk add --no-cache ca-certificates tzdata \
 && addgroup -S app && adduser -S -G app app
RUN apk update && apk add curl \
 && curl -fsSL "https://example.com/app-${APP_VERSION}.tar.gz" | tar -xz -C /usr/local/bin \
 && apk del curl
COPY --chown=app:app config.yaml /etc/app/
USER app
ENTRYPOINT ["/usr/local/bin/app"]
CMD ["--config", "/etc/app/config.yaml"]
