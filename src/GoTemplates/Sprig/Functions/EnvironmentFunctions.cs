using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>
/// env, expandenv and getHostByName. A linter must not depend on the machine it runs on, so the
/// environment reads as empty (expandenv still removes $VAR references as os.ExpandEnv would) and no
/// DNS lookup happens: getHostByName gives "" like the reference oracle's offline stub.
/// </summary>
internal static class EnvironmentFunctions
{
    public static void Register(FunctionTable t)
    {
        t.Add("env", Of(Str), Str, _ => "");
        t.Add("expandenv", Of(Str), Str, a => GoExpand.Expand((string)a[0]!, _ => ""));
        t.Add("getHostByName", Of(Str), Str, _ => "");
    }
}
