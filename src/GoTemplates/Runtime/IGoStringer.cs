namespace GoTemplates.Runtime;

/// <summary>
/// A value with Go's <c>String() string</c> method (fmt.Stringer): <see cref="GoFmt"/> prints it through
/// <see cref="String"/> for the verbs %v %s %q %x %X, as Go's fmt does.
/// </summary>
public interface IGoStringer
{
    string String();
}
