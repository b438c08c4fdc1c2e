# Saathi: build with the same toolchain as CI, run on a slim Debian.
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
# The built-in greeting lexicon is compiled in; the manifest names the benchmarks.
COPY assets ./assets
COPY benches ./benches
RUN cargo build --release --locked

FROM debian:bookworm-slim
# curl: the compose healthcheck asks /healthz. Tesseract (Hindi, English): text in pictures,
# one core per engine.
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates tini curl \
    tesseract-ocr tesseract-ocr-hin tesseract-ocr-eng \
    && rm -rf /var/lib/apt/lists/* && useradd --system --home /data saathi
COPY --from=build /src/target/release/saathi /usr/local/bin/saathi
ENV OMP_THREAD_LIMIT=1
USER saathi
WORKDIR /data
VOLUME ["/data"]
# SIGTERM: the bot finishes the event in hand, flushes its store and exits 0 (≤ 20 s).
ENTRYPOINT ["/usr/bin/tini", "--", "saathi", "--config", "/config/config.toml"]
CMD ["run"]
