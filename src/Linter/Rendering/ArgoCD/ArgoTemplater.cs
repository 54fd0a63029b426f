using System.Text;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GoTemplates;
using GoTemplates.Runtime;
using GoTemplates.Sprig;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// Applies ApplicationSet parameters to template strings, field by field (keys and values), as Argo CD does:
/// fasttemplate replaces <c>{{ name }}</c> with the flattened parameter and leaves unknown tags as written; goTemplate
/// runs each string as a Go template over the nested parameters, with Sprig (minus <c>env</c>, <c>expandenv</c>,
/// <c>getHostByName</c>) and Argo CD's <c>normalize</c> and <c>slugify</c>. Parsed templates are cached per string, so
/// ten thousand parameter sets cost ten thousand executions, not parses.
/// </summary>
internal sealed class ArgoTemplater
{
    private readonly Dictionary<string, TemplateSet> parsed = new(StringComparer.Ordinal);
    private readonly TemplateOptions options;
    private IReadOnlyDictionary<string, GoFunction>? functions;

    private ArgoTemplater(bool goTemplate, TemplateOptions options)
    {
        IsGoTemplate = goTemplate;
        this.options = options;
    }

    public bool IsGoTemplate { get; }

    /// <summary>A templater for the mode; <paramref name="error"/> names an unknown <c>goTemplateOptions</c> entry.</summary>
    public static ArgoTemplater Create(bool goTemplate, IEnumerable<string> goTemplateOptions, out string? error)
    {
        error = null;
        var missingKey = MissingKeyMode.Default;
        foreach (var option in goTemplateOptions)
        {
            switch (option.Replace(" ", string.Empty, StringComparison.Ordinal))
            {
                case "missingkey=error":
                    missingKey = MissingKeyMode.Error;
                    break;
                case "missingkey=zero":
                    missingKey = MissingKeyMode.Zero;
                    break;
                case "missingkey=default" or "missingkey=invalid":
                    missingKey = MissingKeyMode.Default;
                    break;
                default:
                    error = $"unrecognized option: {option}";
                    break;
            }
        }

        return new ArgoTemplater(goTemplate, new TemplateOptions { MissingKey = missingKey, MaxSteps = 1_000_000, MaxOutputLength = 1024 * 1024 });
    }

    /// <summary>Renders one string; throws <see cref="ArgoTemplateException"/> with Argo CD's wording on failure.</summary>
    public string Render(string text, Dictionary<string, object?> parameters)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        return IsGoTemplate ? RenderGo(text, parameters) : RenderFast(text, parameters);
    }

    /// <summary>A copy of <paramref name="node"/> with every string key and value rendered; origins are kept, so findings point at the template.</summary>
    public KNode RenderTree(KNode node, Dictionary<string, object?> parameters)
    {
        switch (node)
        {
            case KMapping mapping:
                var map = new KMapping(mapping.Origin);
                foreach (var entry in mapping.Entries)
                {
                    map.Set(RenderAt(entry.Key, parameters, entry.KeyOrigin), RenderTree(entry.Value, parameters), entry.KeyOrigin);
                }

                return map;
            case KSequence sequence:
                var list = new KSequence(sequence.Origin);
                list.Items.AddRange(sequence.Items.Select(i => RenderTree(i, parameters)));
                return list;
            case KScalar scalar when scalar.Typed.Type == KScalarType.String && scalar.Value.Contains("{{", StringComparison.Ordinal):
                // Only string fields are templated, and they stay strings whatever they render to.
                return new KScalar(RenderAt(scalar.Value, parameters, scalar.Origin), KScalarStyle.Quoted, null, scalar.Origin);
            default:
                return node.DeepClone();
        }
    }

    /// <summary>Renders one string, attaching where it is written to a failure.</summary>
    private string RenderAt(string text, Dictionary<string, object?> parameters, NodeOrigin? origin)
    {
        try
        {
            return Render(text, parameters);
        }
        catch (ArgoTemplateException exception) when (exception.Origin is null)
        {
            throw new ArgoTemplateException(exception.Message, origin);
        }
    }

    private static string RenderFast(string text, Dictionary<string, object?> parameters)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (true)
        {
            var open = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                builder.Append(text, position, text.Length - position);
                return builder.ToString();
            }

            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new ArgoTemplateException($"cannot find end tag=\"}}}}\" in the template=\"{text}\" starting from \"{text[(open + 2)..]}\"");
            }

            builder.Append(text, position, open - position);
            var tag = text[(open + 2)..close];
            var name = tag.Trim();
            builder.Append(name.Length > 0 && parameters.TryGetValue(name, out var value) ? ParameterValues.Print(value) : "{{" + tag + "}}");
            position = close + 2;
        }
    }

    private string RenderGo(string text, Dictionary<string, object?> parameters)
    {
        if (!parsed.TryGetValue(text, out var set))
        {
            set = new TemplateSet(string.Empty, options);
            set.AddFunctions(Functions);
            try
            {
                set.Parse(string.Empty, text);
            }
            catch (TemplateException exception)
            {
                throw new ArgoTemplateException($"failed to parse template {text}: {exception.Message}");
            }

            parsed[text] = set;
        }

        try
        {
            return set.Execute(string.Empty, parameters);
        }
        catch (TemplateException exception)
        {
            throw new ArgoTemplateException($"failed to execute go template {text}: {exception.Message}");
        }
    }

    private IReadOnlyDictionary<string, GoFunction> Functions => functions ??= BuildFunctions();

    private static IReadOnlyDictionary<string, GoFunction> BuildFunctions()
    {
        var map = SprigLibrary.Create().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        map.Remove("env");
        map.Remove("expandenv");
        map.Remove("getHostByName");
        map["normalize"] = new GoFunction("normalize", [GoType.String], false, GoType.String, false, a => NameSanitizer.Normalize((string)a[0]!));
        map["slugify"] = new GoFunction("slugify", [GoType.Interface], true, GoType.String, false, Slugify);
        return map;
    }

    /// <summary><c>slugify maxSize smartTruncate name</c> or <c>slugify name</c>, as Argo CD's variadic helper accepts.</summary>
    private static object? Slugify(object?[] arguments)
    {
        var values = arguments.Length == 1 && arguments[0] is object?[] nested ? nested : arguments;
        return values.Length switch
        {
            1 => NameSanitizer.Slugify(values[0]?.ToString() ?? string.Empty),
            3 => NameSanitizer.Slugify(values[2]?.ToString() ?? string.Empty, ToInt(values[0]), values[1] is true),
            _ => throw new GoFunctionException("slugify takes a name, or maxSize, smartTruncate and a name"),
        };
    }

    private static int ToInt(object? value) => value switch
    {
        nint n => (int)n,
        long l => (int)l,
        int i => i,
        double d => (int)d,
        _ => throw new GoFunctionException("slugify: maxSize must be a number"),
    };
}

/// <summary>A template string that Argo CD would fail to render; the message is Argo CD's.</summary>
internal sealed class ArgoTemplateException(string message, NodeOrigin? origin = null) : Exception(message)
{
    /// <summary>The template string that failed, when known.</summary>
    public NodeOrigin? Origin { get; } = origin;
}
