// WireGuard key pairs: X25519 (Curve25519) through OpenSSL's libcrypto, the
// same function WireGuard derives public keys with. The helper makes the
// pair for CreateTunnel and derives GetTunnel's "public-key" from a stored
// private key; private keys go in, only public keys come out.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Lifeline::Tunnel {

struct KeyPair {
    QByteArray privateKey; // 32 raw bytes, clamped as `wg genkey` does; a secret: wipe() it
    QByteArray publicKey; // 32 raw bytes
};

// A fresh pair from the system's random generator; nullopt (with why) when
// libcrypto fails.
std::optional<KeyPair> generateKeyPair(QString *error);

// The public key of a 32-byte private key; nullopt (with why) otherwise.
// Copies of the private key made on the way are wiped.
std::optional<QByteArray> publicKeyOf(const QByteArray &privateKey, QString *error);

} // namespace Lifeline::Tunnel
