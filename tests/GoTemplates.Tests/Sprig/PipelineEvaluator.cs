using System.Globalization;
using System.Text;
using GoTemplates.Runtime;

namespace GoTemplates.Tests.Sprig;

/// <summary>
/// A deliberately small evaluator for the golden snippets until the real template engine is merged:
/// text plus <c>{{ cmd args | cmd }}</c> actions with literals, parentheses and <c>.Field</c>/<c>.Method</c>
/// chains on results, converting arguments as text/template does for these cases. It throws
/// <see cref="EvaluationError"/> with "error calling NAME: MESSAGE" for function errors.
/// </summary>
internal sealed class PipelineEvaluator(IReadOnlyDictionary<string, GoFunction> functions)
{
    public string Execute(string template)
    {
        var output = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                output.Append(template, i, template.Length - i);
                break;
            }
            output.Append(template, i, open - i);
            var close = FindClose(template, open + 2);
            var action = template[(open + 2)..close].Trim();
            var parser = new Parser(action);
            var value = EvaluatePipeline(parser);
            if (!parser.AtEnd) throw new NotSupportedException("unparsed: " + action);
            output.Append(value is null ? "<no value>" : GoFmt.Sprint(value));
            i = close + 2;
        }
        return output.ToString();
    }

    private static int FindClose(string template, int from)
    {
        var inString = false;
        for (var i = from; i < template.Length - 1; i++)
        {
            var c = template[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '}' && template[i + 1] == '}') return i;
        }
        throw new NotSupportedException("unclosed action");
    }

    private object? EvaluatePipeline(Parser parser)
    {
        object? result = null;
        var first = true;
        while (true)
        {
            result = EvaluateCommand(parser, first ? null : new[] { result }, first);
            first = false;
            parser.SkipSpace();
            if (!parser.TryConsume('|')) return result;
        }
    }

    private object? EvaluateCommand(Parser parser, object?[]? piped, bool first)
    {
        parser.SkipSpace();
        if (parser.Peek() == '(')
        {
            var operand = EvaluateOperand(parser);
            if (piped is not null) throw new NotSupportedException("piping into a non-function");
            return operand;
        }
        var name = parser.ReadIdentifier();
        if (name is "nil" or "true" or "false" && first) return name == "nil" ? null : name == "true";
        if (!functions.TryGetValue(name, out var function)) throw new NotSupportedException("unknown function " + name);
        var args = new List<Argument>();
        while (true)
        {
            parser.SkipSpace();
            if (parser.AtEnd || parser.Peek() is '|' or ')') break;
            args.Add(ReadArgument(parser));
        }
        if (piped is not null) args.Add(new Argument(piped[0], IsConstant: false, Text: ""));
        return Call(function, args);
    }

    private sealed record Argument(object? Value, bool IsConstant, string Text);

    private Argument ReadArgument(Parser parser)
    {
        var c = parser.Peek();
        if (c == '(') return new Argument(EvaluateOperand(parser), false, "");
        if (c == '"')
        {
            return new Argument(parser.ReadString(), true, "string");
        }
        if (c == '-' || char.IsAsciiDigit(c) || c == '.')
        {
            var text = parser.ReadNumber();
            return new Argument(text, true, "number");
        }
        var name = parser.ReadIdentifier();
        return name switch
        {
            "nil" => new Argument(null, true, "nil"),
            "true" => new Argument(true, true, "bool"),
            "false" => new Argument(false, true, "bool"),
            _ => new Argument(Call(functions.TryGetValue(name, out var f) ? f : throw new NotSupportedException(name), []), false, ""),
        };
    }

    private object? EvaluateOperand(Parser parser)
    {
        parser.Expect('(');
        var value = EvaluatePipeline(parser);
        parser.SkipSpace();
        parser.Expect(')');
        while (parser.TryConsume('.'))
        {
            var field = parser.ReadIdentifier();
            value = value switch
            {
                Dictionary<string, object?> map => map.TryGetValue(field, out var v) ? v : null,
                Dictionary<string, string> map => map.TryGetValue(field, out var v) ? v : null,
                IGoObject obj when obj.TryGetField(field, out var v) => v,
                IGoObject obj when obj.TryGetMethod(field, out var m) => m!.Invoke([]),
                _ => throw new NotSupportedException("field " + field),
            };
        }
        return value;
    }

    private static object? Call(GoFunction function, List<Argument> args)
    {
        var fixedCount = function.IsVariadic ? function.Parameters.Count - 1 : function.Parameters.Count;
        if (args.Count < fixedCount || !function.IsVariadic && args.Count != fixedCount)
            throw new NotSupportedException("arity");
        var converted = new object?[args.Count];
        for (var i = 0; i < args.Count; i++)
        {
            var type = i < fixedCount ? function.Parameters[i] : function.Parameters[^1];
            converted[i] = Convert(args[i], type);
        }
        try
        {
            return function.Invoke(converted);
        }
        catch (GoFunctionException e)
        {
            throw new EvaluationError($"error calling {function.Name}: {e.Message}");
        }
        catch (GoPanicException e)
        {
            throw new EvaluationError($"error calling {function.Name}: {e.Message}");
        }
    }

    private static object? Convert(Argument arg, GoType type)
    {
        if (arg.IsConstant && arg.Text == "number")
        {
            var text = (string)arg.Value!;
            var isFloat = text.Contains('.') || text.Contains('e') || text.Contains('E');
            return type.Kind switch
            {
                GoKind.Int when !isFloat => (object)(nint)long.Parse(text, CultureInfo.InvariantCulture),
                GoKind.Int64 when !isFloat => long.Parse(text, CultureInfo.InvariantCulture),
                GoKind.Uint32 when !isFloat => uint.Parse(text, CultureInfo.InvariantCulture),
                GoKind.Float64 => double.Parse(text, CultureInfo.InvariantCulture),
                GoKind.Interface => isFloat ? double.Parse(text, CultureInfo.InvariantCulture) : (object)(nint)long.Parse(text, CultureInfo.InvariantCulture),
                _ => throw new NotSupportedException("number for " + type.Name),
            };
        }
        if (type.Kind == GoKind.Interface) return arg.Value;
        var actual = GoTypes.TypeOf(arg.Value);
        if (actual is null || !actual.Equals(type)) throw new NotSupportedException($"wrong type for value; expected {type.Name}; got {actual?.Name}");
        return arg.Value;
    }

    private sealed class Parser(string text)
    {
        private int position;

        public bool AtEnd => position >= text.Length;

        public char Peek() => AtEnd ? '\0' : text[position];

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[position])) position++;
        }

        public bool TryConsume(char c)
        {
            if (Peek() != c) return false;
            position++;
            return true;
        }

        public void Expect(char c)
        {
            if (!TryConsume(c)) throw new NotSupportedException($"expected {c} at {position} in {text}");
        }

        public string ReadIdentifier()
        {
            var start = position;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_')) position++;
            if (start == position) throw new NotSupportedException($"identifier expected at {position} in {text}");
            return text[start..position];
        }

        public string ReadNumber()
        {
            var start = position;
            if (Peek() == '-') position++;
            while (!AtEnd && (char.IsAsciiDigit(text[position]) || text[position] is '.' or 'e' or 'E' || text[position] is '+' or '-' && text[position - 1] is 'e' or 'E')) position++;
            return text[start..position];
        }

        public string ReadString()
        {
            Expect('"');
            var sb = new StringBuilder();
            while (true)
            {
                var c = text[position++];
                if (c == '"') return sb.ToString();
                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }
                var e = text[position++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case 'x':
                        sb.Append((char)int.Parse(text.AsSpan(position, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        position += 2;
                        break;
                    case 'u':
                        sb.Append((char)int.Parse(text.AsSpan(position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        position += 4;
                        break;
                    default: throw new NotSupportedException("escape \\" + e);
                }
            }
        }
    }
}

/// <summary>A function error as text/template reports it, without the template position prefix.</summary>
internal sealed class EvaluationError(string message) : Exception(message);
