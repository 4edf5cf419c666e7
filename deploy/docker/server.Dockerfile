# The Kubernetes-backed server. Build the jar first, then the image from the repository's root:
#   ./mvnw -pl adapters-k8s -am package -DskipTests
#   docker build -f deploy/docker/server.Dockerfile -t workload-placement-server:0.1.0-SNAPSHOT .
FROM eclipse-temurin:17-jre
# a numeric user of its own, so that Kubernetes can check runAsNonRoot (the chart runs it as 10001)
RUN groupadd --system --gid 10001 placement \
 && useradd --system --uid 10001 --gid placement --home-dir /tmp --no-create-home placement
COPY adapters-k8s/target/workload-placement-server.jar /opt/workload-placement/workload-placement-server.jar
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/workload-placement/workload-placement-server.jar"]
CMD ["--host=0.0.0.0"]
