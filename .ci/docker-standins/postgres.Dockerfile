# A local stand-in for the official postgres:15 image, built by .ci/docker-smoke where no container registry can be
# reached: Debian 12 "bookworm" (what postgres:15 is built on) with Debian's postgresql-15, and an entry point that
# honours the same POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB / PGDATA contract on an empty data folder.
ARG BASE
FROM ${BASE}
LABEL org.caredirectory.stand-in="postgres:15 stand-in built locally by .ci/docker-smoke from Debian bookworm's postgresql-15; not the official image"
ENV PATH=/usr/lib/postgresql/15/bin:$PATH \
    PGDATA=/var/lib/postgresql/data \
    LANG=C.UTF-8
# The package's own cluster is never used: the entry point creates one in $PGDATA.
RUN rm -rf /var/lib/postgresql/15 /etc/postgresql/15/main \
    && mkdir -p /var/run/postgresql "$PGDATA" \
    && chown -R postgres:postgres /var/run/postgresql /var/lib/postgresql
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
VOLUME /var/lib/postgresql/data
EXPOSE 5432
STOPSIGNAL SIGINT
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
CMD ["postgres"]
