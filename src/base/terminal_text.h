// Showing text from input (document ids, input names, paths, titles) on a terminal.
//
// Names are data: a file called "a\x1b[2Jb" or an id holding a newline must not clear the
// screen, move the cursor or forge a second message line. EscapeForTerminal turns every byte
// that is not plain printable text into a visible escape, so each message stays one line and
// shows exactly which bytes the name holds. Pure function; thread-safe.
#ifndef CROSSCHECK_BASE_TERMINAL_TEXT_H_
#define CROSSCHECK_BASE_TERMINAL_TEXT_H_

#include <string>
#include <string_view>

namespace crosscheck {

// Returns `text` with
//   - \n \r \t as "\n" "\r" "\t", other C0 controls, NUL and DEL as "\x00".."\x1f", "\x7f";
//   - a backslash doubled ("\\"), so the escapes cannot be forged;
//   - C1 controls (U+0080..U+009F), bidirectional controls (U+061C, U+200E, U+200F,
//     U+202A..U+202E, U+2066..U+2069) and U+2028/U+2029 as "\u0085", "\u202e" ...;
//   - each byte of an invalid UTF-8 sequence as "\xc0" style;
//   - all other valid UTF-8 unchanged.
// The result is valid UTF-8 with no control character and no NUL.
std::string EscapeForTerminal(std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_TERMINAL_TEXT_H_
