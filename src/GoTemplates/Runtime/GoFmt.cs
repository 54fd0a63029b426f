using System.Text;

namespace GoTemplates.Runtime;

/// <summary>
/// Go's <c>fmt</c> printing functions over values in the CLR representation described on
/// <see cref="GoType"/>: the same verbs, flags, width/precision, argument indexes, and the same
/// <c>%!verb(type=value)</c>, <c>%!v(MISSING)</c> and <c>%!(EXTRA ...)</c> error forms.
/// </summary>
public static class GoFmt
{
    /// <summary>Go's <c>fmt.Sprint</c>: operands in their default format, with spaces between operands when neither is a string.</summary>
    public static string Sprint(params object?[] args)
    {
        var printer = new GoPrinter(new StringBuilder());
        printer.Print(args);
        return printer.ToString();
    }

    /// <summary>Go's <c>fmt.Sprintln</c>: operands in their default format, always separated by spaces, then a newline.</summary>
    public static string Sprintln(params object?[] args)
    {
        var printer = new GoPrinter(new StringBuilder());
        printer.Println(args);
        return printer.ToString();
    }

    /// <summary>Go's <c>fmt.Sprintf</c>.</summary>
    public static string Sprintf(string format, params object?[] args)
    {
        var printer = new GoPrinter(new StringBuilder());
        printer.Printf(format, args);
        return printer.ToString();
    }

    /// <summary>Appends Go's <c>fmt.Sprint</c> of the arguments to a builder (no intermediate string).</summary>
    public static void AppendSprint(StringBuilder output, params object?[] args) => new GoPrinter(output).Print(args);

    /// <summary>
    /// Go's <c>strconv.FormatFloat(value, format, precision, bitSize)</c>; <paramref name="precision"/> -1 gives the
    /// shortest representation that reads back as the same value (what <c>%v</c> prints: <c>1e+06</c>, <c>0.1</c>).
    /// </summary>
    public static string FormatFloat(double value, char format, int precision, int bitSize = 64) =>
        GoFloat.Format(value, format, precision, bitSize);

    /// <summary>Go's <c>strconv.Quote</c>: a double-quoted Go string literal with Go's escapes.</summary>
    public static string Quote(string value) => GoQuote.Quote(value, asciiOnly: false);
}
