using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>Go's <c>path</c> package and, as on Linux where it is the same, <c>path/filepath</c>.</summary>
internal static class PathFunctions
{
    public static void Register(FunctionTable t)
    {
        t.Add("base", Of(Str), Str, a => GoPath.Base((string)a[0]!));
        t.Add("dir", Of(Str), Str, a => GoPath.Dir((string)a[0]!));
        t.Add("clean", Of(Str), Str, a => GoPath.Clean((string)a[0]!));
        t.Add("ext", Of(Str), Str, a => GoPath.Ext((string)a[0]!));
        t.Add("isAbs", Of(Str), Bool, a => ((string)a[0]!).StartsWith('/'));
        t.Add("osBase", Of(Str), Str, a => GoPath.Base((string)a[0]!));
        t.Add("osClean", Of(Str), Str, a => GoPath.Clean((string)a[0]!));
        t.Add("osDir", Of(Str), Str, a => GoPath.Dir((string)a[0]!));
        t.Add("osExt", Of(Str), Str, a => GoPath.Ext((string)a[0]!));
        t.Add("osIsAbs", Of(Str), Bool, a => ((string)a[0]!).StartsWith('/'));
    }
}
