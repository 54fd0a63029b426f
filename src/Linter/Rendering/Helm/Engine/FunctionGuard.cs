using System.Collections;
using GoTemplates.Runtime;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// Keeps hostile templates from exhausting memory through function results: the engine limits what a template
/// writes, but a string can grow in a variable (<c>$s = print $s $s</c>) or be built in one call
/// (<c>repeat 1000000000 "x"</c>, <c>until 1000000000</c>). Sizes are checked before the calls that are known to
/// amplify their input and after every call; a breach is the function's error, so the template error that
/// reports it carries the template position.
/// </summary>
internal static class FunctionGuard
{
    internal static IReadOnlyDictionary<string, GoFunction> Wrap(IReadOnlyDictionary<string, GoFunction> functions, long maxLength)
    {
        var guarded = new Dictionary<string, GoFunction>(StringComparer.Ordinal);
        foreach (var (name, function) in functions)
        {
            guarded[name] = function.InvokeWithContext is { } withContext
                ? function with { InvokeWithContext = (context, args) => CheckResult(name, withContext(context, args), maxLength) }
                : function with { Invoke = args => CheckResult(name, Invoke(name, function, args, maxLength), maxLength) };
        }

        return guarded;
    }

    private static object? Invoke(string name, GoFunction function, object?[] args, long maxLength)
    {
        var predicted = name switch
        {
            "repeat" => (long)(nint)args[0]! * ((string)args[1]!).Length,
            "until" => Math.Abs((long)(nint)args[0]!),
            "untilStep" => StepCount((nint)args[0]!, (nint)args[1]!, (nint)args[2]!),
            "randAlphaNum" or "randAlpha" or "randNumeric" or "randAscii" or "randBytes" => (long)(nint)args[0]!,
            "printf" => LargestNumber((string)args[0]!),
            "indent" or "nindent" => (long)(nint)args[0]! * (((string)args[1]!).Count(c => c == '\n') + 1) + ((string)args[1]!).Length,
            _ => 0,
        };
        if (predicted > maxLength)
        {
            throw new GoFunctionException($"result would exceed the render limit of {maxLength} characters or items");
        }

        return function.Invoke(args);
    }

    /// <summary>The largest width or precision of a verb in a format string (<c>%01000000000d</c>).</summary>
    private static long LargestNumber(string format)
    {
        long largest = 0;
        var i = format.IndexOf('%', StringComparison.Ordinal);
        while (i >= 0 && i + 1 < format.Length)
        {
            var j = i + 1;
            while (j < format.Length)
            {
                if (char.IsAsciiDigit(format[j]))
                {
                    long number = 0;
                    for (; j < format.Length && char.IsAsciiDigit(format[j]); j++)
                    {
                        number = Math.Min(number * 10 + (format[j] - '0'), long.MaxValue / 20);
                    }

                    largest = Math.Max(largest, number);
                }
                else if ("+-# .[]".Contains(format[j], StringComparison.Ordinal))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            // Skip the verb itself, so "%%" is not read as the start of another verb.
            i = format.IndexOf('%', Math.Min(j + 1, format.Length));
        }

        return largest;
    }

    private static long StepCount(long start, long stop, long step) =>
        step == 0 ? 0 : Math.Max(0, (stop - start) / step);

    private static object? CheckResult(string name, object? result, long maxLength)
    {
        var size = result switch
        {
            string s => s.Length,
            byte[] bytes => bytes.Length,
            ICollection collection => collection.Count,
            _ => 0,
        };
        return size > maxLength
            ? throw new GoFunctionException($"{name} result exceeds the render limit of {maxLength} characters or items")
            : result;
    }
}
