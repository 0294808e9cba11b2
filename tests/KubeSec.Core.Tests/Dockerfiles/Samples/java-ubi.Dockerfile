FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
RUN microdnf install -y java-21-openjdk-headless shadow-utils \
 && microdnf clean all \
 && useradd --system --uid 185 --no-log-init jboss
COPY --from=build --chown=185:0 /build/target/app.jar /deployments/app.jar
USER 185
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/deployments/app.jar"]
