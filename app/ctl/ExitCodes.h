// lifelinectl's own exit codes. `run` otherwise exits with the program's
// status (128+signal when killed), so ours follow env(1) and sysexits.h
// where they can.
#pragma once

namespace Lifeline::Exit {
inline constexpr int Ok = 0;
inline constexpr int Failed = 1;
inline constexpr int Broken = 2; // status: the connection is not all fine
inline constexpr int Usage = 64; // EX_USAGE
inline constexpr int DataError = 65; // EX_DATAERR: tunnel: a configuration was refused
inline constexpr int NoInput = 66; // EX_NOINPUT: tunnel: no such tunnel, or no FILE
inline constexpr int HelperUnavailable = 69; // EX_UNAVAILABLE
inline constexpr int TryAgain = 75; // EX_TEMPFAIL: tunnel up: still connecting
inline constexpr int NotAuthorised = 77; // EX_NOPERM
inline constexpr int CannotRun = 126; // like env: found but not executable
inline constexpr int NoSuchCommand = 127; // like env: not found
} // namespace Lifeline::Exit
