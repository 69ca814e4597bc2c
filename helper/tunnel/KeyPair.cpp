#include "KeyPair.h"

#include "WgQuickConfig.h"

#include <openssl/err.h>
#include <openssl/evp.h>

#include <array>
#include <memory>

namespace Lifeline::Tunnel {

namespace {

struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX *context) const { EVP_PKEY_CTX_free(context); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

// A fixed-size stack buffer that scrubs itself however the function leaves.
struct SecretBytes {
    std::array<unsigned char, KeyBytes> bytes {};
    ~SecretBytes() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
};

QString cryptoError(const char *what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (!code)
        return QStringLiteral("libcrypto could not %1").arg(QLatin1String(what));
    std::array<char, 256> text {};
    ERR_error_string_n(code, text.data(), text.size());
    return QStringLiteral("libcrypto could not %1: %2")
        .arg(QLatin1String(what), QString::fromLatin1(text.data()));
}

std::optional<QByteArray> rawPublicKey(EVP_PKEY *key, QString *error)
{
    QByteArray publicKey(KeyBytes, Qt::Uninitialized);
    size_t length = size_t(publicKey.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(publicKey.data()),
            &length) != 1
        || length != size_t(KeyBytes)) {
        *error = cryptoError("read the public key");
        return std::nullopt;
    }
    return publicKey;
}

// The clamping of RFC 7748 (and `wg genkey`): X25519 applies it anyway, so
// the public key is the same; the stored key then reads like wg's own.
void clamp(unsigned char *key)
{
    key[0] &= 248;
    key[31] = (key[31] & 127) | 64;
}

} // namespace

std::optional<KeyPair> generateKeyPair(QString *error)
{
    const PkeyCtx context(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr));
    EVP_PKEY *generated = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1
        || EVP_PKEY_keygen(context.get(), &generated) != 1) {
        *error = cryptoError("make an X25519 key pair");
        return std::nullopt;
    }
    const Pkey key(generated);
    SecretBytes secret;
    size_t length = secret.bytes.size();
    if (EVP_PKEY_get_raw_private_key(key.get(), secret.bytes.data(), &length) != 1
        || length != secret.bytes.size()) {
        *error = cryptoError("read the private key");
        return std::nullopt;
    }
    clamp(secret.bytes.data());
    KeyPair pair;
    pair.privateKey = QByteArray(reinterpret_cast<const char *>(secret.bytes.data()), KeyBytes);
    auto publicKey = rawPublicKey(key.get(), error);
    if (!publicKey) {
        wipe(pair.privateKey);
        return std::nullopt;
    }
    pair.publicKey = *publicKey;
    return pair;
}

std::optional<QByteArray> publicKeyOf(const QByteArray &privateKey, QString *error)
{
    if (privateKey.size() != KeyBytes) {
        *error = QStringLiteral("a private key is %1 bytes, not %2").arg(KeyBytes).arg(privateKey.size());
        return std::nullopt;
    }
    // libcrypto keeps its own copy of the private key and cleanses it when
    // the EVP_PKEY is freed.
    const Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr,
        reinterpret_cast<const unsigned char *>(privateKey.constData()), size_t(privateKey.size())));
    if (!key) {
        *error = cryptoError("read the private key");
        return std::nullopt;
    }
    return rawPublicKey(key.get(), error);
}

} // namespace Lifeline::Tunnel
