namespace GoTemplates.Runtime;

/// <summary>
/// A Go struct or named type exposed to templates: fields (<c>.Release.Name</c>) and methods
/// (<c>.Files.Get "x"</c>, <c>.Capabilities.APIVersions.Has "v1"</c>) are looked up by name.
/// </summary>
public interface IGoObject
{
    /// <summary>The Go type, for <c>%T</c>, <c>typeOf</c>, <c>kindOf</c> and error messages.</summary>
    GoType Type { get; }

    /// <summary>A field's value; false when the type has no such field.</summary>
    bool TryGetField(string name, out object? value);

    /// <summary>A method bound to this object; false when the type has no such method.</summary>
    bool TryGetMethod(string name, out GoFunction? method);
}
