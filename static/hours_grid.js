// The week of opening hours (templates/includes/weekly_hours.html). Progressive enhancement:
// without this file "Same hours as Monday" is done when the form is saved. With it, ticking
// the box copies the day before's hours at once, a ticked day follows the day before as it
// is typed, and typing in a ticked day unticks it (its hours are then its own).
document.querySelectorAll("[data-hours-week]").forEach((week) => {
  const days = Array.from(week.querySelectorAll(".hours-day"));
  const times = (day) => Array.from(day.querySelectorAll('input[type="time"]'));
  const sameBox = (day) => day.querySelector('.hours-same input[type="checkbox"]');

  // The days after `index` that are ticked, one after the other, take its hours.
  const follow = (index) => {
    for (let next = index + 1; next < days.length; next += 1) {
      const box = sameBox(days[next]);
      if (!box || !box.checked) break;
      const source = times(days[next - 1]);
      times(days[next]).forEach((input, n) => {
        input.value = source[n] ? source[n].value : "";
      });
    }
  };

  days.forEach((day, index) => {
    const box = sameBox(day);
    if (box) {
      box.addEventListener("change", () => {
        if (box.checked) follow(index - 1);
      });
    }
    times(day).forEach((input) => {
      input.addEventListener("input", () => {
        if (box && box.checked) box.checked = false;
        follow(index);
      });
    });
  });
});
