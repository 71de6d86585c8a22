#pragma once

#include <QSslCertificate>
#include <QSslKey>

namespace duper::test {

// Self-signed test certificates (EC P-256, valid until 2125): one for localhost / 127.0.0.1, one for another name,
// for the tests that talk TLS to a ScriptedHttpServer.
extern const char kLocalhostCert[];
extern const char kLocalhostKey[];
extern const char kElsewhereCert[];
extern const char kElsewhereKey[];

QSslKey loadKey(const char* pem);
QSslCertificate loadCert(const char* pem);

} // namespace duper::test
