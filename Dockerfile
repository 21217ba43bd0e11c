# CareDirectory: one image for the server and its CLI (migrate, seed, reindex, import, export, keys, healthcheck).
#   docker build -t caredirectory .
#   docker run -p 8080:8080 -v caredirectory-data:/data caredirectory            # SQLite + Lucene in /data
#   docker run caredirectory migrate | seed [--path ...] | reindex | --help
# Production with PostgreSQL and Elasticsearch: compose.yaml and docs/deploy.md.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first from the project files alone, so a source change does not re-download packages.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/CareDirectory/CareDirectory.csproj src/CareDirectory/
COPY src/CareDirectory.Core/CareDirectory.Core.csproj src/CareDirectory.Core/
COPY src/CareDirectory.Data/CareDirectory.Data.csproj src/CareDirectory.Data/
COPY src/CareDirectory.Search/CareDirectory.Search.csproj src/CareDirectory.Search/
COPY src/CareDirectory.Search.Elasticsearch/CareDirectory.Search.Elasticsearch.csproj src/CareDirectory.Search.Elasticsearch/
RUN dotnet restore src/CareDirectory/CareDirectory.csproj
COPY src/ src/
RUN dotnet publish src/CareDirectory/CareDirectory.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The reviewed seed data: the first start on an empty database seeds from it (Database:SeedPath=seed-data).
COPY seed-data/ ./seed-data/
# The port is the base image's ASPNETCORE_HTTP_PORTS=8080 (setting ASPNETCORE_URLS as well would override it with a
# warning on every start); run with -e ASPNETCORE_HTTP_PORTS=9000 (or ASPNETCORE_URLS) to listen elsewhere.
ENV CAREDIRECTORY_DATA_DIR=/data \
    DOTNET_NOLOGO=1
# The aspnet image's non-root user (APP_UID=1654) owns the data volume; nothing else is writable. A host folder
# bind-mounted at /data must belong to uid 1654 too, or the server stops with exit code 2 saying so (docs/deploy.md).
RUN mkdir -p /data && chown "$APP_UID:$APP_UID" /data
USER $APP_UID
VOLUME /data
EXPOSE 8080
# No --url: the probe asks the port the server binds, from the same settings (ASPNETCORE_HTTP_PORTS, ASPNETCORE_URLS).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dotnet", "/app/CareDirectory.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "/app/CareDirectory.dll"]
CMD ["serve"]
