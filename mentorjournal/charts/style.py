"""The look of every chart: palette, markers, hatching, sizes, and the locale the Qt layer passes.

Nothing here imports matplotlib, so services and the GUI can build a `ChartLocale` or read the
palette without paying for it. Colours are Okabe-Ito (safe for the common colour-vision
deficiencies); every series also differs by marker, line style or hatch so that a chart printed
in grayscale on a workshop printer still reads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from ..models.enums import RATING_SCALE

# Okabe-Ito, "Color Universal Design" (Okabe & Ito 2008).
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"

# Series order: strong, far apart in lightness first, so two goals differ even in gray.
# Yellow is last: too light on white for a thin line.
SERIES_COLOURS: tuple[str, ...] = (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY_BLUE, BLACK, YELLOW)
SERIES_MARKERS: tuple[str, ...] = ("o", "s", "^", "v", "P", "X", "<", ">")
# A goal's target date: a diamond, a shape no series uses.
TARGET_MARKER = "D"

# Roles used across charts.
MENTOR_COLOUR = BLUE
SELF_COLOUR = ORANGE
FIRST_COLOUR = SKY_BLUE  # the earlier rating: light, hatched
LATEST_COLOUR = BLUE  # the current rating: dark, solid
GAP_COLOUR = VERMILLION
BAR_COLOUR = GREEN
TEXT_COLOUR = "#222222"
MUTED_COLOUR = "#666666"
GRID_COLOUR = "#DDDDDD"

# A mentee page at 1366x768 has about 650x370 logical pixels for a chart.
FIGSIZE = (6.4, 3.6)
DPI = 100
# Room for the axes inside the figure, as fig.subplots_adjust arguments. Fixed margins instead
# of constrained layout: drawing stays 2-3x faster (ENVIRONMENT.md).
MARGINS: Mapping[str, float] = MappingProxyType(
    {"left": 0.10, "right": 0.97, "top": 0.88, "bottom": 0.16}
)

# rcParams applied while a chart is built (Figure, Axes and Text read them on creation).
RC: Mapping[str, object] = MappingProxyType(
    {
        # Fallbacks so names in Ethiopic or Arabic script are drawn, when the fonts are there.
        "font.family": ["DejaVu Sans", "Noto Sans Ethiopic", "Noto Sans Arabic"],
        "font.size": 9,
        "axes.titlesize": 11,
        "axes.titleweight": "bold",
        "axes.labelsize": 9,
        "axes.labelcolor": TEXT_COLOUR,
        "axes.edgecolor": MUTED_COLOUR,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "grid.color": GRID_COLOUR,
        "grid.linewidth": 0.8,
        "xtick.color": TEXT_COLOUR,
        "ytick.color": TEXT_COLOUR,
        "xtick.labelsize": 8,
        "ytick.labelsize": 8,
        "legend.fontsize": 8,
        "legend.frameon": False,
        "hatch.linewidth": 0.8,
        "svg.fonttype": "path",  # the SVG looks the same on a machine without our fonts
    }
)

ENGLISH_MONTHS: tuple[str, ...] = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


# The digits 0 to 9 as written in English; a locale's own ten digits replace them one for one.
WESTERN_DIGITS = "0123456789"


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class ChartLocale:
    """How dates, numbers, rating words and texts are written on a chart.

    The charts stay Qt-free: the GUI fills this from QLocale (month names, date order, digits,
    percent sign) and passes its translation function as `tr`. The default is English.
    """

    month_abbr: tuple[str, ...] = ENGLISH_MONTHS
    # str.format patterns with {day}, {month} (abbreviated name) and {year}.
    short_date: str = "{day} {month} {year}"
    day_month: str = "{day} {month}"
    month_year: str = "{month} {year}"
    rating_words: Mapping[int, str] = field(
        default_factory=lambda: MappingProxyType(dict(RATING_SCALE))
    )
    tr: Callable[[str], str] = _same
    # The locale's digits for 0 to 9 (Arabic-Indic in Egyptian Arabic), as plain data so the
    # locale stays pure; without grouping: chart numbers are small (days, counts, percents).
    digits: str = WESTERN_DIGITS
    percent_sign: str = "%"

    def __post_init__(self) -> None:
        if len(self.month_abbr) != 12:
            raise ValueError("month_abbr needs the 12 month names")
        if len(self.digits) != 10:
            raise ValueError("digits needs the 10 digits 0 to 9")

    def number(self, value: int) -> str:
        """A whole number in the locale's digits ("-" stays the ASCII minus)."""
        text = str(value)
        if self.digits == WESTERN_DIGITS:
            return text
        return text.translate(str.maketrans(WESTERN_DIGITS, self.digits))

    def percent(self, value: float) -> str:
        """A percentage rounded to a whole number: "40%", "٤٠٪"."""
        return f"{self.number(round(value))}{self.percent_sign}"

    def month(self, d: date) -> str:
        return self.month_abbr[d.month - 1]

    def format_date(self, d: date) -> str:
        return self.short_date.format(
            day=self.number(d.day), month=self.month(d), year=self.number(d.year)
        )

    def format_day_month(self, d: date) -> str:
        return self.day_month.format(
            day=self.number(d.day), month=self.month(d), year=self.number(d.year)
        )

    def format_month_year(self, d: date) -> str:
        return self.month_year.format(
            day=self.number(d.day), month=self.month(d), year=self.number(d.year)
        )

    def rating_word(self, rating: int) -> str:
        return self.rating_words.get(rating, self.number(rating))


ENGLISH = ChartLocale()
