using GoTemplates.Runtime;
using GoTemplates.Sprig.Regexp;
using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>Sprig's regex.go: non-must variants panic on a bad expression (regexMatch answers false).</summary>
internal static class RegexFunctions
{
    public static void Register(FunctionTable t)
    {
        t.Add("regexMatch", Of(Str, Str), Bool, a =>
        {
            try
            {
                return GoRegex.Compile((string)a[0]!).IsMatch((string)a[1]!);
            }
            catch (GoFunctionException)
            {
                return false;
            }
        });
        t.AddWithError("mustRegexMatch", Of(Str, Str), Bool, a => GoRegex.Compile((string)a[0]!).IsMatch((string)a[1]!));
        t.Add("regexFindAll", Of(Str, Str, Int), StringList, a => GoRegex.MustCompile((string)a[0]!).FindAllString((string)a[1]!, (nint)a[2]!));
        t.AddWithError("mustRegexFindAll", Of(Str, Str, Int), StringList, a => GoRegex.Compile((string)a[0]!).FindAllString((string)a[1]!, (nint)a[2]!));
        t.Add("regexFind", Of(Str, Str), Str, a => GoRegex.MustCompile((string)a[0]!).FindString((string)a[1]!));
        t.AddWithError("mustRegexFind", Of(Str, Str), Str, a => GoRegex.Compile((string)a[0]!).FindString((string)a[1]!));
        t.Add("regexReplaceAll", Of(Str, Str, Str), Str, a => GoRegex.MustCompile((string)a[0]!).ReplaceAll((string)a[1]!, (string)a[2]!, literal: false));
        t.AddWithError("mustRegexReplaceAll", Of(Str, Str, Str), Str, a => GoRegex.Compile((string)a[0]!).ReplaceAll((string)a[1]!, (string)a[2]!, literal: false));
        t.Add("regexReplaceAllLiteral", Of(Str, Str, Str), Str, a => GoRegex.MustCompile((string)a[0]!).ReplaceAll((string)a[1]!, (string)a[2]!, literal: true));
        t.AddWithError("mustRegexReplaceAllLiteral", Of(Str, Str, Str), Str, a => GoRegex.Compile((string)a[0]!).ReplaceAll((string)a[1]!, (string)a[2]!, literal: true));
        t.Add("regexSplit", Of(Str, Str, Int), StringList, a => GoRegex.MustCompile((string)a[0]!).Split((string)a[1]!, (nint)a[2]!));
        t.AddWithError("mustRegexSplit", Of(Str, Str, Int), StringList, a => GoRegex.Compile((string)a[0]!).Split((string)a[1]!, (nint)a[2]!));
        t.Add("regexQuoteMeta", Of(Str), Str, a => GoRegex.QuoteMeta((string)a[0]!));
    }
}
