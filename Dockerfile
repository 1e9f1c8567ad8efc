# vnie in a container, from the release that mvn package makes:
#   mvn package -DskipTests && docker build -t vnie .
#   echo 'Đại tướng Võ Nguyên Giáp sinh năm 1911.' | docker run -i --rm vnie extract -
#   docker run --rm -v "$PWD:/data" vnie extract corpus --out out
FROM eclipse-temurin:17-jre
COPY vnie-cli/target/vnie-*.tar.gz /tmp/
RUN tar xzf /tmp/vnie-*.tar.gz -C /opt \
  && rm /tmp/vnie-*.tar.gz \
  && ln -s /opt/vnie-*/bin/vnie /usr/local/bin/vnie
WORKDIR /data
ENTRYPOINT ["vnie"]
