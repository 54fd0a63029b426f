namespace GitOpsLint.Syntax;

/// <summary>A parsed YAML file: its text, documents, comments and the issues met while reading it.</summary>
public sealed class YamlFile
{
    private readonly List<YamlDocument> documents = [];

    internal YamlFile(string path, SourceText text, IReadOnlyList<YamlComment> comments, IReadOnlyList<SyntaxIssue> issues)
    {
        Path = path;
        Text = text;
        Comments = comments;
        Issues = issues;
    }

    /// <summary>Repository-relative path with forward slashes.</summary>
    public string Path { get; }

    public SourceText Text { get; }

    public IReadOnlyList<YamlDocument> Documents => documents;

    public IReadOnlyList<YamlComment> Comments { get; }

    public IReadOnlyList<SyntaxIssue> Issues { get; }

    internal void AddDocument(YamlNode? root, SourceSpan span) => documents.Add(new YamlDocument(this, documents.Count, root, span));

    /// <summary>The deepest node written at a position in any document, or null.</summary>
    public YamlNode? FindNodeAt(SourcePosition position)
    {
        foreach (var document in documents)
        {
            var node = document.FindNodeAt(position);
            if (node is not null)
            {
                return node;
            }
        }

        return null;
    }
}
