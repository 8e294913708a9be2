# The papergraph app (CLI + explorer server); docker-compose.yml pairs it with Neo4j.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV PORT=3000 HOST=0.0.0.0
EXPOSE 3000
CMD ["node", "dist/src/cli/main.js", "serve"]
