FROM ubuntu:18.04
ENV DB_PASSWORD=SuperSecret123 NODE_TLS_REJECT_UNAUTHORIZED=0
RUN apt update
RUN sudo apt-get install -y --allow-unauthenticated curl wget openssh-server
RUN curl -k https://example.com/install.sh | bash
RUN wget --no-check-certificate https://example.com/tool -O /usr/local/bin/tool
RUN echo 'root:root' | chpasswd && cd /opt && make
COPY id_rsa /root/.ssh/id_rsa
EXPOSE 22 80800
CMD ["/usr/sbin/sshd", "-D"]
CMD /start.sh
