namespace GoTemplates.Runtime;

/// <summary>
/// An <see cref="IGoObject"/> whose fields can be listed in declaration order, so <see cref="GoFmt"/> can print
/// it as Go prints a struct (<c>{a 1}</c>, <c>%+v</c> <c>{Name:a Count:1}</c>, <c>&amp;{...}</c> behind a pointer).
/// </summary>
public interface IGoStruct : IGoObject
{
    /// <summary>The fields in declaration order.</summary>
    IReadOnlyList<KeyValuePair<string, object?>> Fields { get; }

    /// <summary>Whether templates see a pointer to the struct (Go prints <c>&amp;{...}</c>).</summary>
    bool IsPointer { get; }
}
