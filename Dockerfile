# syntax=docker/dockerfile:1

# The CSDL TTĐN app (Next.js + Payload) for the production stack in docker-compose.yml.
# `npm start` applies pending SQL migrations itself; MongoDB needs none.
# Building takes a few GB of memory (`npm run build` gives Node a 6 GB heap).

ARG NODE_IMAGE=node:20-bookworm-slim

# ── dependencies: exactly what package-lock.json says, dev tools included for the build ──
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# ── build: compile the Next.js app, then drop dev-only packages ──
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf .next/cache

# ── runtime ──
FROM ${NODE_IMAGE} AS runtime
# exiftool-vendored (photo metadata) runs ExifTool, a perl program. PDF previews draw text in
# the standard PDF fonts with system fonts; Noto covers Latin, Vietnamese, CJK and Khmer.
# jemalloc replaces glibc's allocator for the native parts (SQLite, libvips), purging what they
# free from a background thread: a batch import grew by 11.6 MB per 100 rows against 21.0 MB
# with glibc (1,000 rows, one run each; docs/deployment.md "Memory").
RUN apt-get update \
  && apt-get install -y --no-install-recommends perl fonts-noto-core fonts-noto-cjk libjemalloc2 \
  && ln -s "$(ls /usr/lib/*-linux-gnu/libjemalloc.so.2)" /usr/local/lib/libjemalloc.so.2 \
  && rm -rf /var/lib/apt/lists/*
ENV LD_PRELOAD=/usr/local/lib/libjemalloc.so.2 \
  MALLOC_CONF=background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0

WORKDIR /app
ENV NODE_ENV=production \
  NEXT_TELEMETRY_DISABLED=1 \
  PORT=3000

COPY --from=build /app/package.json /app/package-lock.json /app/next.config.mjs /app/tsconfig.json /app/payload.config.ts ./
COPY --from=build /app/node_modules ./node_modules
# The npm-shipped ffmpeg/ffprobe (video probe, poster, 720p) must be executable by `node`;
# ffprobe's package makes it executable for its owner only.
RUN chmod 755 node_modules/@ffmpeg-installer/linux-x64/ffmpeg node_modules/@ffprobe-installer/linux-x64/ffprobe
COPY --from=build /app/collections ./collections
COPY --from=build /app/src ./src
COPY --from=build /app/scripts ./scripts
# Next.js writes its runtime caches under .next; local data and uploads need writable folders
# (named volumes mounted there take this ownership on first use).
COPY --from=build --chown=node:node /app/.next ./.next
RUN mkdir -p data media && chown node:node data media

# The `node` user (uid 1000) of the official image.
USER node
EXPOSE 3000
CMD ["npm", "start"]
