using GoTemplates.Runtime;

namespace GoTemplates.Parse;

/// <summary>
/// Go's text/template lexer: splits a template into text and action tokens, applying <c>{{-</c>/<c>-}}</c>
/// trimming and skipping comments. Runs to completion (EOF or the first error token) in one pass.
/// </summary>
internal sealed class Lexer
{
    private const string LeftDelim = "{{";
    private const string RightDelim = "}}";
    private const string LeftComment = "/*";
    private const string RightComment = "*/";
    private const int TrimMarkerLength = 2; // "-" plus one space

    private readonly string _input;
    private readonly bool _breakOk;
    private readonly bool _continueOk;
    private readonly List<Token> _tokens = [];
    private int _start;
    private int _pos;
    private int _line = 1;
    private int _startLine = 1;
    private int _parenDepth;

    private Lexer(string input, bool breakOk, bool continueOk)
    {
        _input = input;
        _breakOk = breakOk;
        _continueOk = continueOk;
    }

    /// <summary>
    /// The tokens of <paramref name="input"/>, ending with EOF or an error token. <c>break</c>/<c>continue</c>
    /// are keywords unless a function of that name is defined, as in Go.
    /// </summary>
    public static List<Token> Tokenize(string input, bool breakOk, bool continueOk)
    {
        var lexer = new Lexer(input, breakOk, continueOk);
        lexer.Run();
        return lexer._tokens;
    }

    private enum State { Text, InsideAction, Done }

    private void Run()
    {
        var state = State.Text;
        while (state != State.Done)
        {
            state = state == State.Text ? LexText() : LexInsideAction();
        }
    }

    private const int Eof = -1;

    private int Next()
    {
        if (_pos >= _input.Length)
        {
            _pos = _input.Length + 1; // past the end: Backup after EOF is a no-op, as Go's atEOF
            return Eof;
        }
        int r = _input[_pos];
        if (char.IsHighSurrogate((char)r) && _pos + 1 < _input.Length && char.IsLowSurrogate(_input[_pos + 1]))
        {
            r = char.ConvertToUtf32((char)r, _input[_pos + 1]);
            _pos += 2;
            return r;
        }
        _pos++;
        if (r == '\n') _line++;
        return r;
    }

    private int Peek()
    {
        if (_pos >= _input.Length) return Eof;
        int r = _input[_pos];
        if (char.IsHighSurrogate((char)r) && _pos + 1 < _input.Length && char.IsLowSurrogate(_input[_pos + 1]))
            return char.ConvertToUtf32((char)r, _input[_pos + 1]);
        return r;
    }

    private void Backup()
    {
        if (_pos > _input.Length) { _pos = _input.Length; return; }
        if (_pos <= 0) return;
        if (_pos >= 2 && char.IsLowSurrogate(_input[_pos - 1]) && char.IsHighSurrogate(_input[_pos - 2])) { _pos -= 2; return; }
        _pos--;
        if (_input[_pos] == '\n') _line--;
    }

    private void Emit(TokenKind kind)
    {
        int end = Math.Min(_pos, _input.Length);
        _tokens.Add(new Token(kind, _start, _input[_start..end], _startLine));
        _start = end;
        _startLine = _line;
    }

    private void Ignore()
    {
        int end = Math.Min(_pos, _input.Length);
        _line += CountNewlines(_start, end);
        _start = end;
        _startLine = _line;
    }

    private State Error(string message)
    {
        _tokens.Add(new Token(TokenKind.Error, _start, message, _startLine));
        return State.Done;
    }

    private int CountNewlines(int from, int to)
    {
        int count = 0;
        for (int i = from; i < to; i++)
            if (_input[i] == '\n') count++;
        return count;
    }

    private bool Accept(string valid)
    {
        int r = Next();
        if (r != Eof && r < 0x10000 && valid.Contains((char)r)) return true;
        Backup();
        return false;
    }

    private void AcceptRun(string valid)
    {
        while (true)
        {
            int r = Next();
            if (r == Eof || r >= 0x10000 || !valid.Contains((char)r)) break;
        }
        Backup();
    }

    private State LexText()
    {
        int x = _input.IndexOf(LeftDelim, _pos, StringComparison.Ordinal);
        if (x >= 0)
        {
            _pos = x;
            int trimLength = 0;
            if (HasLeftTrimMarker(x + LeftDelim.Length))
                trimLength = RightTrimLength(_start, _pos);
            _pos -= trimLength;
            if (_pos > _start)
            {
                _line += CountNewlines(_start, _pos);
                Emit(TokenKind.Text);
            }
            _pos += trimLength;
            Ignore();
            return LexLeftDelim();
        }
        _pos = _input.Length;
        if (_pos > _start)
        {
            _line += CountNewlines(_start, _pos);
            Emit(TokenKind.Text);
        }
        Emit(TokenKind.Eof);
        return State.Done;
    }

    private State LexLeftDelim()
    {
        _pos += LeftDelim.Length;
        bool trimSpace = HasLeftTrimMarker(_pos);
        int afterMarker = trimSpace ? TrimMarkerLength : 0;
        if (string.CompareOrdinal(_input, _pos + afterMarker, LeftComment, 0, LeftComment.Length) == 0 && _pos + afterMarker + LeftComment.Length <= _input.Length)
        {
            _pos += afterMarker;
            Ignore();
            return LexComment();
        }
        Emit(TokenKind.LeftDelim);
        _pos += afterMarker;
        Ignore();
        _parenDepth = 0;
        return State.InsideAction;
    }

    private State LexComment()
    {
        _pos += LeftComment.Length;
        int i = _input.IndexOf(RightComment, _pos, StringComparison.Ordinal);
        if (i < 0) return Error("unclosed comment");
        _pos = i + RightComment.Length;
        var (delim, trimSpace) = AtRightDelim();
        if (!delim) return Error("comment ends before closing delimiter");
        if (trimSpace) _pos += TrimMarkerLength;
        _pos += RightDelim.Length;
        if (trimSpace) _pos += LeftTrimLength(_pos);
        Ignore();
        return State.Text;
    }

    private State LexRightDelim()
    {
        bool trimSpace = HasRightTrimMarker(_pos);
        if (trimSpace)
        {
            _pos += TrimMarkerLength;
            Ignore();
        }
        _pos += RightDelim.Length;
        Emit(TokenKind.RightDelim);
        if (trimSpace)
        {
            _pos += LeftTrimLength(_pos);
            Ignore();
        }
        return State.Text;
    }

    private State LexInsideAction()
    {
        var (delim, _) = AtRightDelim();
        if (delim)
        {
            if (_parenDepth == 0) return LexRightDelim();
            return Error("unclosed left paren");
        }
        int r = Next();
        switch (r)
        {
            case Eof:
                return Error("unclosed action");
            case ' ' or '\t' or '\r' or '\n':
                Backup();
                return LexSpace();
            case '=':
                Emit(TokenKind.Assign);
                return State.InsideAction;
            case ':':
                if (Next() != '=') return Error("expected :=");
                Emit(TokenKind.Declare);
                return State.InsideAction;
            case '|':
                Emit(TokenKind.Pipe);
                return State.InsideAction;
            case '"':
                return LexQuote();
            case '`':
                return LexRawQuote();
            case '$':
                return LexFieldOrVariable(TokenKind.Variable);
            case '\'':
                return LexChar();
            case '.':
                if (_pos < _input.Length)
                {
                    char c = _input[_pos];
                    if (c < '0' || c > '9') return LexFieldOrVariable(TokenKind.Field);
                }
                Backup();
                return LexNumber();
            case '+' or '-' or (>= '0' and <= '9'):
                Backup();
                return LexNumber();
            case '(':
                Emit(TokenKind.LeftParen);
                _parenDepth++;
                return State.InsideAction;
            case ')':
                Emit(TokenKind.RightParen);
                _parenDepth--;
                if (_parenDepth < 0) return Error(GoFmt.Sprintf("unexpected right paren %#U", r));
                return State.InsideAction;
        }
        if (IsAlphaNumeric(r))
        {
            Backup();
            return LexIdentifier();
        }
        if (r <= 0x7F && r >= 0x20 && r < 0x7F)
        {
            Emit(TokenKind.Char);
            return State.InsideAction;
        }
        return Error(GoFmt.Sprintf("unrecognized character in action: %#U", r));
    }

    private State LexSpace()
    {
        int spaces = 0;
        while (IsSpace(Peek()))
        {
            Next();
            spaces++;
        }
        // A space may be the start of a trim-marked closing delimiter " -}}".
        if (HasRightTrimMarker(_pos - 1) && string.CompareOrdinal(_input, _pos - 1 + TrimMarkerLength, RightDelim, 0, RightDelim.Length) == 0)
        {
            Backup();
            if (spaces == 1) return LexRightDelim();
        }
        Emit(TokenKind.Space);
        return State.InsideAction;
    }

    private State LexIdentifier()
    {
        while (true)
        {
            int r = Next();
            if (IsAlphaNumeric(r)) continue;
            Backup();
            string word = _input[_start.._pos];
            if (!AtTerminator()) return Error(GoFmt.Sprintf("bad character %#U", r));
            var keyword = KeywordOf(word);
            if (keyword is TokenKind kind)
            {
                if ((kind == TokenKind.Break && !_breakOk) || (kind == TokenKind.Continue && !_continueOk)) Emit(TokenKind.Identifier);
                else Emit(kind);
            }
            else if (word[0] == '.') Emit(TokenKind.Field);
            else if (word is "true" or "false") Emit(TokenKind.Bool);
            else Emit(TokenKind.Identifier);
            return State.InsideAction;
        }
    }

    private static TokenKind? KeywordOf(string word) => word switch
    {
        "." => TokenKind.Dot,
        "block" => TokenKind.Block,
        "break" => TokenKind.Break,
        "continue" => TokenKind.Continue,
        "define" => TokenKind.Define,
        "else" => TokenKind.Else,
        "end" => TokenKind.End,
        "if" => TokenKind.If,
        "range" => TokenKind.Range,
        "nil" => TokenKind.Nil,
        "template" => TokenKind.Template,
        "with" => TokenKind.With,
        _ => null,
    };

    private State LexFieldOrVariable(TokenKind kind)
    {
        if (AtTerminator())
        {
            Emit(kind == TokenKind.Variable ? TokenKind.Variable : TokenKind.Dot);
            return State.InsideAction;
        }
        int r;
        while (true)
        {
            r = Next();
            if (!IsAlphaNumeric(r))
            {
                Backup();
                break;
            }
        }
        if (!AtTerminator()) return Error(GoFmt.Sprintf("bad character %#U", r));
        Emit(kind);
        return State.InsideAction;
    }

    private bool AtTerminator()
    {
        int r = Peek();
        if (IsSpace(r)) return true;
        switch (r)
        {
            case Eof or '.' or ',' or '|' or ':' or ')' or '(':
                return true;
        }
        return r == RightDelim[0];
    }

    private State LexChar()
    {
        while (true)
        {
            int r = Next();
            if (r == '\\')
            {
                int escaped = Next();
                if (escaped != Eof && escaped != '\n') continue;
                return Error("unterminated character constant");
            }
            if (r == Eof || r == '\n') return Error("unterminated character constant");
            if (r == '\'') break;
        }
        Emit(TokenKind.CharConstant);
        return State.InsideAction;
    }

    private State LexNumber()
    {
        if (!ScanNumber()) return Error(GoFmt.Sprintf("bad number syntax: %q", _input[_start..Math.Min(_pos, _input.Length)]));
        int sign = Peek();
        if (sign == '+' || sign == '-')
        {
            if (!ScanNumber() || _input[_pos - 1] != 'i')
                return Error(GoFmt.Sprintf("bad number syntax: %q", _input[_start..Math.Min(_pos, _input.Length)]));
            Emit(TokenKind.Complex);
        }
        else
        {
            Emit(TokenKind.Number);
        }
        return State.InsideAction;
    }

    private bool ScanNumber()
    {
        Accept("+-");
        string digits = "0123456789_";
        if (Accept("0"))
        {
            if (Accept("xX")) digits = "0123456789abcdefABCDEF_";
            else if (Accept("oO")) digits = "01234567_";
            else if (Accept("bB")) digits = "01_";
        }
        AcceptRun(digits);
        if (Accept(".")) AcceptRun(digits);
        if (digits.Length == 11 && Accept("eE"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }
        if (digits.Length == 23 && Accept("pP"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }
        Accept("i");
        if (IsAlphaNumeric(Peek()))
        {
            Next();
            return false;
        }
        return true;
    }

    private State LexQuote()
    {
        while (true)
        {
            int r = Next();
            if (r == '\\')
            {
                int escaped = Next();
                if (escaped != Eof && escaped != '\n') continue;
                return Error("unterminated quoted string");
            }
            if (r == Eof || r == '\n') return Error("unterminated quoted string");
            if (r == '"') break;
        }
        Emit(TokenKind.String);
        return State.InsideAction;
    }

    private State LexRawQuote()
    {
        while (true)
        {
            int r = Next();
            if (r == Eof) return Error("unterminated raw quoted string");
            if (r == '`') break;
        }
        Emit(TokenKind.RawString);
        return State.InsideAction;
    }

    private (bool Delim, bool TrimSpace) AtRightDelim()
    {
        if (HasRightTrimMarker(_pos) && string.CompareOrdinal(_input, _pos + TrimMarkerLength, RightDelim, 0, RightDelim.Length) == 0
            && _pos + TrimMarkerLength + RightDelim.Length <= _input.Length)
            return (true, true);
        if (_pos + RightDelim.Length <= _input.Length && string.CompareOrdinal(_input, _pos, RightDelim, 0, RightDelim.Length) == 0)
            return (true, false);
        return (false, false);
    }

    private bool HasLeftTrimMarker(int at) => at + 1 < _input.Length && _input[at] == '-' && IsSpace(_input[at + 1]);

    private bool HasRightTrimMarker(int at) => at >= 0 && at + 1 < _input.Length && IsSpace(_input[at]) && _input[at + 1] == '-';

    private int RightTrimLength(int from, int to)
    {
        int end = to;
        while (end > from && IsSpace(_input[end - 1])) end--;
        return to - end;
    }

    private int LeftTrimLength(int from)
    {
        int i = from;
        while (i < _input.Length && IsSpace(_input[i])) i++;
        return i - from;
    }

    private static bool IsSpace(int r) => r is ' ' or '\t' or '\r' or '\n';

    private static bool IsAlphaNumeric(int r) =>
        r == '_' || (r >= 0 && (r < 0x10000 ? char.IsLetterOrDigit((char)r) : char.IsLetterOrDigit(char.ConvertFromUtf32(r), 0)));
}
