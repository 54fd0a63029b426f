namespace GoTemplates.Runtime;

/// <summary>
/// A map or slice value whose Go type has a name (Helm's <c>chartutil.Values</c> is a
/// <c>map[string]interface{}</c>): it behaves as its CLR collection but <c>%T</c> prints <see cref="Type"/>.
/// </summary>
public interface IGoNamedType
{
    GoType Type { get; }
}
