#include "TestCertificates.h"

namespace duper::test {

// Self-signed test certificates (EC P-256, valid until 2125): one for localhost / 127.0.0.1, one for another name.
// Made with: openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500 -subj /CN=...
//            -addext "subjectAltName=..."
const char kLocalhostCert[] = R"(-----BEGIN CERTIFICATE-----
MIIBnDCCAUGgAwIBAgIUJnIrLB6n/yIY4dn/nRm7uGRVxDwwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyNTAyMzkzOVoYDzIxMjYxMTAx
MDIzOTM5WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAASG5NOvqQB2G1ebMXvFRXFh7FfTWNKW94Q4JWy28ueD2AofjLt5Fr5T
8uHRwGCRzgcVBeCWkTv7VnD+WUs9sPpko28wbTAdBgNVHQ4EFgQUnYsLhxqSV2oI
aXLq25JuSRxYiQYwHwYDVR0jBBgwFoAUnYsLhxqSV2oIaXLq25JuSRxYiQYwDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
zj0EAwIDSQAwRgIhANvb2Dz1swYmrFQGnS6PRCa6ZXLvpFD7TAHn46r3OPDTAiEA
3pN/vivg9DNXOGxdbTWCE/XGddGDMeefiMqKT6h5qP0=
-----END CERTIFICATE-----
)";
const char kLocalhostKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgDsBeoXcRFbma8DOa
zbDiaxNFQR4LitDO/iXSQS6xJyyhRANCAASG5NOvqQB2G1ebMXvFRXFh7FfTWNKW
94Q4JWy28ueD2AofjLt5Fr5T8uHRwGCRzgcVBeCWkTv7VnD+WUs9sPpk
-----END PRIVATE KEY-----
)";
const char kElsewhereCert[] = R"(-----BEGIN CERTIFICATE-----
MIIBrTCCAVOgAwIBAgIUDUuL4p8PmEIw1ZxpLrN2rWPwXsYwCgYIKoZIzj0EAwIw
HDEaMBgGA1UEAwwRZWxzZXdoZXJlLmV4YW1wbGUwIBcNMjYxMTI1MDIzOTM5WhgP
MjEyNjExMDEwMjM5MzlaMBwxGjAYBgNVBAMMEWVsc2V3aGVyZS5leGFtcGxlMFkw
EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEATToAqLPoQ4fBgTM/drxaeVbMq6gPdQS
+7etrkWOfGsLeg6orZn8QhDDQoD7Wjp3eGYP3YgUohAuFRhHLdm7QaNxMG8wHQYD
VR0OBBYEFJb6lSDtn4o89MLPZwyAzcMr60xdMB8GA1UdIwQYMBaAFJb6lSDtn4o8
9MLPZwyAzcMr60xdMA8GA1UdEwEB/wQFMAMBAf8wHAYDVR0RBBUwE4IRZWxzZXdo
ZXJlLmV4YW1wbGUwCgYIKoZIzj0EAwIDSAAwRQIhAOazWQfTNskDw+p5QMmzW9cb
kPcooZYlOIJ0pOgqtRw5AiBI5ZvMTSOtNtgchEohy/R89Z23Wa6nEDVmUCHCZq7r
Mg==
-----END CERTIFICATE-----
)";
const char kElsewhereKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgciKzJ68vSXlVwHQh
D0tuUjkyJUMNw+A3r4kEO/Sa5SehRANCAAQBNOgCos+hDh8GBMz92vFp5VsyrqA9
1BL7t62uRY58awt6DqitmfxCEMNCgPtaOnd4Zg/diBSiEC4VGEct2btB
-----END PRIVATE KEY-----
)";

QSslKey loadKey(const char* pem)
{
    return QSslKey(QByteArray(pem), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

QSslCertificate loadCert(const char* pem)
{
    return QSslCertificate(QByteArray(pem), QSsl::Pem);
}

} // namespace duper::test
