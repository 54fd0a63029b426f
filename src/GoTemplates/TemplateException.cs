namespace GoTemplates;

/// <summary>
/// A parse or execution error, with Go's exact message (<see cref="Exception.Message"/>), e.g.
/// <c>template: app.yaml:3:10: executing "app.yaml" at &lt;.Values.x.y&gt;: nil pointer evaluating interface {}.y</c>.
/// </summary>
public class TemplateException : Exception
{
    public TemplateException(string message, string? templateName, int line, int? column, Exception? inner = null)
        : base(message, inner)
    {
        TemplateName = templateName;
        Line = line;
        Column = column;
    }

    /// <summary>The file (parse name) the error points into, when known.</summary>
    public string? TemplateName { get; }

    /// <summary>1-based line, or 0 when the error has no position.</summary>
    public int Line { get; }

    /// <summary>0-based byte column as Go prints it (execution errors only).</summary>
    public int? Column { get; }
}

/// <summary>An execution limit was reached (depth, output size, steps, time): never wrapped by "error calling".</summary>
public sealed class TemplateLimitException(string message, string? templateName, int line, int? column)
    : TemplateException(message, templateName, line, column);
