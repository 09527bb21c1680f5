# The evaluator's service in a container (issue #18). Build the jar first, then the image:
#   mvn -q -DskipTests package && podman build --format docker -t service-policy-evaluator .   (docker build alike)
# Where no registry is reachable, build the base from Debian's packages first and name it (container/build.sh does
# both): container/base-image.sh && podman build --format docker --build-arg BASE=localhost/spe-base:bookworm ...
# Any base works that has a Java 17 runtime on the PATH, bash, groupadd and useradd.
# Run it with PostgreSQL: compose.yaml. Without it, it keeps its H2 file in /app/data (a volume).
ARG BASE=docker.io/library/eclipse-temurin:17-jre
FROM ${BASE}

# never root: a user of its own, owning only what it writes
RUN groupadd --system evaluator \
    && useradd --system --gid evaluator --home-dir /app --shell /usr/sbin/nologin evaluator
WORKDIR /app
COPY target/service-policy-evaluator.jar /tmp/service-policy-evaluator.jar
# extracted (Spring Boot's layout for class-data sharing) rather than the nested jar: it starts faster
RUN java -Djarmode=tools -jar /tmp/service-policy-evaluator.jar extract --destination /app/lib-extracted \
    && rm /tmp/service-policy-evaluator.jar
COPY rules /app/rules
RUN mkdir -p /app/data /app/inbox /app/out /app/cache \
    && chown evaluator:evaluator /app/data /app/inbox /app/out /app/cache
USER evaluator
ENV EVALUATOR_RULES_CACHE=/app/cache/rules \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/app/data", "/app/out", "/app/cache"]
EXPOSE 8080
# 200 from /actuator/health (UP, or DEGRADED: the last good rules still serve); bash's /dev/tcp needs no curl
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/lib-extracted/service-policy-evaluator.jar"]
CMD ["serve"]
