using System.Globalization;

namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// Calendar rules shared by parsing, construction, components and arithmetic: ISO weeks (Monday first,
/// week 1 holds January 4), quarters, ordinal days, end-of-month clamping and range checks. Range errors
/// use java.time's wording, which is what Neo4j reports.
/// </summary>
internal static class CalendarMath
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long SecondsPerDay = 86_400L;
    public const long NanosPerDay = SecondsPerDay * NanosPerSecond;

    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static long EpochDay(DateOnly date) => date.DayNumber - (long)EpochDayNumber;

    public static DateOnly FromEpochDay(long epochDay)
    {
        var number = epochDay + EpochDayNumber;
        if (number < DateOnly.MinValue.DayNumber || number > DateOnly.MaxValue.DayNumber)
            throw TemporalErrors.Overflow("Date is out of the supported range (years 1 to 9999)");
        return DateOnly.FromDayNumber((int)number);
    }

    public static int Year(long year)
    {
        if (year < 1 || year > 9999)
            throw TemporalErrors.Argument($"Invalid value for Year (supported values 1 - 9999): {year}");
        return (int)year;
    }

    public static int Check(long value, long min, long max, string field)
    {
        if (value < min || value > max)
            throw TemporalErrors.Argument($"Invalid value for {field} (valid values {min} - {max}): {value}");
        return (int)value;
    }

    public static DateOnly FromCalendar(long year, long month, long day)
    {
        var y = Year(year);
        var m = Check(month, 1, 12, "MonthOfYear");
        var d = Check(day, 1, 31, "DayOfMonth");
        var length = DateTime.DaysInMonth(y, m);
        if (d > length)
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m).ToUpperInvariant();
            throw TemporalErrors.Argument(m == 2 && d == 29
                ? $"Invalid date 'February 29' as '{y}' is not a leap year"
                : $"Invalid date '{monthName} {d}'");
        }
        return new DateOnly(y, m, d);
    }

    public static DateOnly FromOrdinal(long year, long dayOfYear)
    {
        var y = Year(year);
        var d = Check(dayOfYear, 1, 366, "DayOfYear");
        if (d == 366 && !DateTime.IsLeapYear(y))
            throw TemporalErrors.Argument($"Invalid date 'DayOfYear 366' as '{y}' is not a leap year");
        return new DateOnly(y, 1, 1).AddDays(d - 1);
    }

    public static DateOnly FromWeek(long weekYear, long week, long dayOfWeek)
    {
        var y = Year(weekYear);
        var w = Check(week, 1, 53, "WeekOfWeekBasedYear");
        var d = Check(dayOfWeek, 1, 7, "DayOfWeek");
        if (w > ISOWeek.GetWeeksInYear(y))
            throw TemporalErrors.Argument($"Invalid value for WeekOfWeekBasedYear (valid values 1 - {ISOWeek.GetWeeksInYear(y)}): {w}");
        var jan4 = new DateOnly(y, 1, 4);
        var firstMonday = CalendarMath.EpochDay(jan4) - (DayOfWeek(jan4) - 1);
        return FromEpochDay(firstMonday + (w - 1) * 7L + (d - 1));
    }

    public static DateOnly FromQuarter(long year, long quarter, long dayOfQuarter)
    {
        var y = Year(year);
        var q = Check(quarter, 1, 4, "QuarterOfYear");
        var d = Check(dayOfQuarter, 1, 92, "DayOfQuarter");
        var start = new DateOnly(y, (q - 1) * 3 + 1, 1);
        var length = start.AddMonths(3).DayNumber - start.DayNumber;
        if (d > length)
            throw TemporalErrors.Argument($"Invalid date 'Quarter {q} day {d}' for year {y}");
        return start.AddDays(d - 1);
    }

    public static int DayOfWeek(DateOnly date) => ((int)date.DayOfWeek + 6) % 7 + 1;

    public static int WeekYear(DateOnly date) => ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue));

    public static int Week(DateOnly date) => ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));

    public static int Quarter(DateOnly date) => (date.Month - 1) / 3 + 1;

    public static int DayOfQuarter(DateOnly date) =>
        date.DayNumber - new DateOnly(date.Year, (Quarter(date) - 1) * 3 + 1, 1).DayNumber + 1;

    /// <summary>Adds months keeping the day of month, clamped to the last day of a shorter month (Jan 31 + 1 month = Feb 28/29).</summary>
    public static DateOnly PlusMonths(DateOnly date, long months)
    {
        var total = date.Year * 12L + (date.Month - 1) + months;
        var year = Math.DivRem(total, 12L, out var monthIndex);
        if (monthIndex < 0) { monthIndex += 12; year--; }
        if (year < 1 || year > 9999)
            throw TemporalErrors.Overflow("Date is out of the supported range (years 1 to 9999)");
        var m = (int)monthIndex + 1;
        var day = Math.Min(date.Day, DateTime.DaysInMonth((int)year, m));
        return new DateOnly((int)year, m, day);
    }

    public static DateOnly PlusDays(DateOnly date, long days) => FromEpochDay(checked(EpochDay(date) + days));

    public static long NanoOfDay(long hour, long minute, long second, long nanos)
    {
        Check(hour, 0, 23, "HourOfDay");
        Check(minute, 0, 59, "MinuteOfHour");
        Check(second, 0, 59, "SecondOfMinute");
        Check(nanos, 0, NanosPerSecond - 1, "NanoOfSecond");
        return ((hour * 60 + minute) * 60 + second) * NanosPerSecond + nanos;
    }

    /// <summary>Splits a local date-time shifted by a nanosecond amount into a new date and nano-of-day.</summary>
    public static (DateOnly Date, long NanoOfDay) PlusNanos(DateOnly date, long nanoOfDay, Int128 nanos)
    {
        var total = (Int128)nanoOfDay + nanos;
        var quotient = Int128.DivRem(total, NanosPerDay).Quotient;
        if (quotient > int.MaxValue || quotient < int.MinValue)
            throw TemporalErrors.Overflow("Date is out of the supported range (years 1 to 9999)");
        var days = (long)quotient;
        var rest = (long)(total - (Int128)days * NanosPerDay);
        if (rest < 0) { rest += NanosPerDay; days--; }
        return (PlusDays(date, days), rest);
    }

    public static long FloorMod(long value, long divisor)
    {
        var r = value % divisor;
        return r < 0 ? r + divisor : r;
    }

    public static long FloorDiv(long value, long divisor) => (value - FloorMod(value, divisor)) / divisor;
}
