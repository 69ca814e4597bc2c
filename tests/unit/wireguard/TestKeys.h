// Fixed Curve25519 key pairs: the X25519 test vectors of RFC 7748, section
// 6.1. WireGuard derives public keys with exactly that function, so two
// devices configured with them really handshake, and no key generator is
// needed in the tests.
#pragma once

#include "WireGuardTypes.h"

#include <QByteArray>

namespace Lifeline::WireGuard::Testing {

inline Key keyFromTestHex(const char *hex)
{
    return *keyFromHex(QByteArray(hex));
}

inline const char *const AlicePrivateHex
    = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
inline const char *const AlicePublicHex
    = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
inline const char *const BobPrivateHex
    = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";
inline const char *const BobPublicHex
    = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
// Alice's public key as wg prints it.
inline const char *const AlicePublicBase64 = "hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo=";
// Any 32 bytes serve as a preshared key.
inline const char *const PresharedHex
    = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";

} // namespace Lifeline::WireGuard::Testing
