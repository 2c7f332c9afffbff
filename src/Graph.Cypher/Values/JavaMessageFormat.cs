using System.Globalization;
using System.Text;

namespace Graph.Cypher.Values;

/// <summary>
/// The part of Java's <c>String.format</c> that APOC's validation messages use: each <c>%s</c>, <c>%d</c>, <c>%b</c>
/// or <c>%f</c> takes the next parameter as text, <c>%%</c> is a percent sign, <c>%n</c> a newline. A placeholder
/// without a parameter left prints as written, where Java would throw, so a message never fails to build.
/// </summary>
internal static class JavaMessageFormat
{
    public static string Format(string message, IReadOnlyList<object?> parameters)
    {
        var text = new StringBuilder(message.Length);
        var next = 0;
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if (c != '%' || i + 1 == message.Length)
            {
                text.Append(c);
                continue;
            }

            var conversion = message[++i];
            switch (conversion)
            {
                case '%':
                    text.Append('%');
                    break;
                case 'n':
                    text.Append('\n');
                    break;
                case 's' or 'S' or 'd' or 'b' or 'f' when next < parameters.Count:
                    text.Append(Text(parameters[next++]));
                    break;
                default:
                    text.Append('%').Append(conversion);
                    break;
            }
        }

        return text.ToString();
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        double d => JavaDoubleText.Format(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
