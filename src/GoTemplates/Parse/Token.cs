using GoTemplates.Runtime;

namespace GoTemplates.Parse;

/// <summary>A lexical item: kind, start offset in the template text, text, and 1-based line where it starts.</summary>
internal readonly record struct Token(TokenKind Kind, int Pos, string Value, int Line)
{
    /// <summary>How Go's parser prints the item in "unexpected ..." messages.</summary>
    public override string ToString() => Kind switch
    {
        TokenKind.Eof => "EOF",
        TokenKind.Error => Value,
        > TokenKind.Keyword => "<" + Value + ">",
        _ when System.Text.Encoding.UTF8.GetByteCount(Value) > 10 => GoFmt.Sprintf("%.10q...", Value),
        _ => GoFmt.Sprintf("%q", Value),
    };
}
