# Local stand-ins for mcr.microsoft.com/dotnet/aspnet:10.0 (--target aspnet) and sdk:10.0 (--target sdk), built by
# .ci/docker-smoke where no container registry can be reached: Ubuntu 24.04 "noble" (what Microsoft's 10.0 tags are),
# the environment and user of Microsoft's Dockerfiles (dotnet/dotnet-docker src/runtime-deps/10.0/noble), and the
# host's own .NET install in /usr/share/dotnet (the runtimes only for aspnet, everything for sdk). Never published:
# the LABEL says what each is, and a real image pulled later replaces the tag.
ARG BASE
FROM ${BASE} AS aspnet
ARG DOTNET_VERSION
LABEL org.caredirectory.stand-in="mcr.microsoft.com/dotnet/aspnet:10.0 stand-in built locally by .ci/docker-smoke from Ubuntu noble and the host's .NET ${DOTNET_VERSION}; not Microsoft's image"
ENV APP_UID=1654 \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_VERSION=${DOTNET_VERSION} \
    ASPNET_VERSION=${DOTNET_VERSION}
RUN groupadd --gid=$APP_UID app \
    && useradd --no-log-init --uid=$APP_UID --gid=$APP_UID --create-home app
COPY dotnet/ /usr/share/dotnet/
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet

FROM aspnet AS sdk
ARG DOTNET_VERSION
ARG SDK_VERSION
LABEL org.caredirectory.stand-in="mcr.microsoft.com/dotnet/sdk:10.0 stand-in built locally by .ci/docker-smoke from Ubuntu noble and the host's .NET SDK ${SDK_VERSION}; not Microsoft's image"
ENV DOTNET_SDK_VERSION=${SDK_VERSION} \
    DOTNET_GENERATE_ASPNET_CERTIFICATE=false \
    DOTNET_NOLOGO=true \
    DOTNET_USE_POLLING_FILE_WATCHER=true \
    NUGET_XMLDOC_MODE=skip
# The host's extra CA certificates, only when .ci/docker-smoke was told to or found that a restore needs them (NU1301
# UntrustedRoot behind a proxy that re-signs TLS); the folder is empty otherwise.
COPY extra-ca/ /usr/local/share/ca-certificates/
RUN update-ca-certificates >/dev/null
