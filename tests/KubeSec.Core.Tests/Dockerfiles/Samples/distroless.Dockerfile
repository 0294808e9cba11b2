FROM golang:1.24-bookworm AS build
WORKDIR /go/src/app
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /go/bin/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /go/bin/app /
ENTRYPOINT ["/app"]
