using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GoTemplates;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// Turns Go template errors into Helm's messages: Helm 3's <c>parse error at (file:line): msg</c> and
/// <c>execution error at (file:line:col): msg</c> for <c>required</c>/<c>fail</c> (other execution errors keep Go's
/// text), and Helm 4's multi-line trace (<c>file:line:col</c> / <c>executing "..." at &lt;...&gt;:</c> / message, one
/// block per include level). Go wraps errors with <c>%w</c>; the chain is recovered from the message text, whose
/// links are the <c>error calling NAME: </c> boundaries.
/// </summary>
internal static partial class TemplateErrors
{
    [GeneratedRegex(HelmFunctions.WarnStart + "(.*)" + HelmFunctions.WarnEnd, RegexOptions.Singleline)]
    private static partial Regex Warning();

    [GeneratedRegex(@"template: (?<name>[^\s:""<>]+):(?<line>\d+)(?::(?<column>\d+))?: ")]
    private static partial Regex Position();

    [GeneratedRegex(@"^error calling [^\s:]+: ", RegexOptions.Singleline)]
    private static partial Regex ErrorCalling();

    internal static HelmRenderError Parse(TemplateException e, Func<string, string?> pathOf)
    {
        var tokens = e.Message.Split(": ");
        var message = tokens.Length == 1
            ? $"parse error in ({e.TemplateName}): {e.Message}"
            : $"parse error at ({tokens[1]}): {tokens[^1]}";
        var trace = Trace(e.Message, pathOf);
        return new HelmRenderError(HelmErrorKind.TemplateParse, message, trace.FirstOrDefault(), trace);
    }

    internal static HelmRenderError Execution(TemplateException e, string templateName, bool helm4, Func<string, string?> pathOf)
    {
        var trace = Trace(e.Message, pathOf);
        var location = trace.FirstOrDefault();
        if (e is TemplateLimitException)
        {
            return new HelmRenderError(HelmErrorKind.Limit, e.Message, location, trace);
        }

        var tokens = e.Message.Split(": ", 3);
        if (tokens.Length != 3)
        {
            return new HelmRenderError(HelmErrorKind.TemplateExecution, $"execution error in ({templateName}): {e.Message}", location, trace);
        }

        var warning = Warning().Match(tokens[2]);
        if (warning.Success)
        {
            return new HelmRenderError(HelmErrorKind.TemplateExecution, $"execution error at ({tokens[1]}): {warning.Groups[1].Value}", location, trace);
        }

        return new HelmRenderError(HelmErrorKind.TemplateExecution, helm4 ? Helm4Trace(e.Message) : e.Message, location, trace);
    }

    /// <summary>Every <c>template: NAME:LINE[:COL]: </c> position in the message, outermost first.</summary>
    private static List<HelmErrorLocation> Trace(string message, Func<string, string?> pathOf)
    {
        var trace = new List<HelmErrorLocation>();
        foreach (Match m in Position().Matches(message))
        {
            var name = m.Groups["name"].Value;
            var line = int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture);
            int? column = m.Groups["column"].Success ? int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture) : null;
            trace.Add(new HelmErrorLocation(name, pathOf(name), line, column));
        }

        return trace;
    }

    /// <summary>Helm 4's format, or Go's message unchanged when a link of the chain is not a template error.</summary>
    private static string Helm4Trace(string message)
    {
        var steps = new List<string>();
        var current = message;
        while (true)
        {
            if (!TryParseStep(current, out var step, out var inner))
            {
                return message;
            }

            if (steps.Count == 0 || steps[^1] != step)
            {
                steps.Add(step);
            }

            if (inner is null)
            {
                break;
            }

            current = inner;
        }

        return string.Concat(steps).Trim();
    }

    /// <summary>One link: <c>template: LOCATION: executing "NAME" at &lt;CTX&gt;: MESSAGE</c>; <paramref name="inner"/> is the wrapped error, if any.</summary>
    private static bool TryParseStep(string s, out string step, out string? inner)
    {
        const string Prefix = "template: ";
        step = "";
        inner = null;
        if (!s.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = s[Prefix.Length..];
        if (rest.StartsWith("no template ", StringComparison.Ordinal))
        {
            step = Format("", "", s);
            return true;
        }

        var executing = rest.IndexOf(": executing \"", StringComparison.Ordinal);
        if (executing >= 0)
        {
            var location = rest[..executing];
            var after = rest[(executing + ": executing ".Length)..];
            var nameEnd = after.IndexOf('"', 1);
            if (nameEnd > 0 && after[(nameEnd + 1)..].StartsWith(" at <", StringComparison.Ordinal))
            {
                var name = after[1..nameEnd];
                var tail = after[(nameEnd + 1 + " at <".Length)..];
                var contextEnd = tail.IndexOf(">: ", StringComparison.Ordinal);
                if (contextEnd >= 0)
                {
                    var context = tail[..contextEnd];
                    var text = tail[(contextEnd + 3)..];
                    var calling = ErrorCalling().Match(text);
                    if (calling.Success)
                    {
                        inner = text[calling.Length..];
                    }

                    step = Format(location, $"executing \"{name}\" at <{context}>:", CutAtNestedTemplate(text));
                    return true;
                }
            }
        }

        var colon = rest.LastIndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        step = Format(rest[..colon], "", CutAtNestedTemplate(rest[(colon + 2)..]));
        return true;
    }

    private static string CutAtNestedTemplate(string message)
    {
        var i = message.IndexOf(" template:", StringComparison.Ordinal);
        return i >= 0 ? message[..i] : message;
    }

    private static string Format(string location, string executing, string message)
    {
        var sb = new StringBuilder();
        if (location.Length > 0)
        {
            sb.Append(location).Append("\n  ");
        }

        if (executing.Length > 0)
        {
            sb.Append(executing).Append("\n    ");
        }

        if (message.Length > 0)
        {
            sb.Append(message).Append('\n');
        }

        return sb.ToString();
    }
}
