using GoTemplates.Runtime;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>A Go struct with fixed fields and optional methods, for Helm's render objects (.Chart, .Capabilities ...).</summary>
internal class GoStructObject(GoType type, bool isPointer, IReadOnlyList<KeyValuePair<string, object?>> fields, IReadOnlyDictionary<string, GoFunction>? methods = null)
    : IGoStruct
{
    public GoType Type { get; } = type;

    public bool IsPointer { get; } = isPointer;

    public IReadOnlyList<KeyValuePair<string, object?>> Fields { get; } = fields;

    public virtual bool TryGetField(string name, out object? value)
    {
        foreach (var field in Fields)
        {
            if (field.Key == name)
            {
                value = field.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    public bool TryGetMethod(string name, out GoFunction? method)
    {
        method = null;
        return methods is not null && methods.TryGetValue(name, out method);
    }
}
