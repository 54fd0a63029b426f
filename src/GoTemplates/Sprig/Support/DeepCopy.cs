using System.Collections;
using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Support;

/// <summary>mitchellh/copystructure's Copy over template values: maps and slices are copied deeply, keeping their types.</summary>
internal static class DeepCopy
{
    public static object? Copy(object? value)
    {
        switch (value)
        {
            case null:
                // copystructure reflects on the nil interface and panics.
                throw new GoPanicException("reflect: call of reflect.Value.Type on zero Value");
            case string or bool or IGoObject:
                return value;
            case byte[] bytes:
                return bytes.ToArray();
            case IDictionary map:
            {
                var copy = (IDictionary)Activator.CreateInstance(value.GetType(), StringComparer.Ordinal)!;
                foreach (DictionaryEntry entry in map) copy[entry.Key] = Copy(entry.Value);
                return copy;
            }
            case IList list:
            {
                var copy = (IList)Activator.CreateInstance(value.GetType(), list.Count)!;
                foreach (var item in list) copy.Add(Copy(item));
                return copy;
            }
            default:
                return value;
        }
    }
}
