namespace GitOpsLint.Model.Helm;

/// <summary>
/// The answer to "does the chart know the value <c>a.b.c</c>?": known, or unknown from segment
/// <see cref="UnknownIndex"/> on, with the closest sibling key as a suggestion.
/// </summary>
public sealed record ValueKeyLookup(bool IsKnown, int UnknownIndex, string? Suggestion)
{
    public static readonly ValueKeyLookup Known = new(true, -1, null);
}
