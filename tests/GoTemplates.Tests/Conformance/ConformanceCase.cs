namespace GoTemplates.Tests.Conformance;

/// <summary>One case of tests/fixtures/gotemplates/cases.txt: a template and the oracle options it was rendered with.</summary>
public sealed record ConformanceCase(string Name, IReadOnlyList<string> Options, string Body)
{
    public override string ToString() => Name;

    /// <summary>Reads the case file: "### NAME [options]" headers, each body up to the next header without its last newline.</summary>
    public static IReadOnlyList<ConformanceCase> ReadAll(string path)
    {
        var cases = new List<ConformanceCase>();
        string? name = null;
        string[] options = [];
        var body = new List<string>();
        foreach (var line in File.ReadAllText(path).Split('\n'))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (name is not null) cases.Add(Create(name, options, body));
                var words = line[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                name = words[0];
                options = words[1..];
                body.Clear();
            }
            else if (name is not null)
            {
                body.Add(line);
            }
        }
        if (name is not null) cases.Add(Create(name, options, body));
        return cases;
    }

    private static ConformanceCase Create(string name, string[] options, List<string> lines)
    {
        var text = string.Join('\n', lines);
        if (text.EndsWith('\n')) text = text[..^1];
        return new ConformanceCase(name, options, text);
    }
}
