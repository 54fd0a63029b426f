using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>Sprig's reflect.go and deepEqual.</summary>
internal static class ReflectionFunctions
{
    public static void Register(FunctionTable t)
    {
        t.Add("typeOf", Of(Any), Str, a => GoValues.TypeName(a[0]));
        t.Add("typeIs", Of(Str, Any), Bool, a => (string)a[0]! == GoValues.TypeName(a[1]));
        t.Add("typeIsLike", Of(Str, Any), Bool, a => (string)a[0]! == GoValues.TypeName(a[1]) || "*" + (string)a[0]! == GoValues.TypeName(a[1]));
        t.Add("kindOf", Of(Any), Str, a => GoValues.KindName(a[0]));
        t.Add("kindIs", Of(Str, Any), Bool, a => (string)a[0]! == GoValues.KindName(a[1]));
        t.Add("deepEqual", Of(Any, Any), Bool, a => GoValues.DeepEqual(a[0], a[1]));
    }
}
