// "Use my position" beside a listing's "Nearest to" choice (templates/includes/nearby_field.html).
// Progressive enhancement: without this file, or without geolocation, the visitor picks a
// place. The position is read only when the button is pressed, rounded to 0.001° (about
// 100 m) here, before it leaves the phone, and sent only to Dalil, as the listing's address.
(() => {
  const button = document.querySelector(".use-position");
  if (!button || !("geolocation" in navigator)) return;
  const field = button.closest(".nearby-field");
  const select = field.querySelector("select[name=near]");
  const status = field.querySelector(".use-position-status");
  const round = (degrees) => (Math.round(degrees * 1000) / 1000).toFixed(3);

  button.hidden = false;
  field.querySelector(".use-position-note").hidden = false;
  button.addEventListener("click", () => {
    button.disabled = true;
    status.textContent = button.dataset.reading;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const value = `${round(position.coords.latitude)},${round(position.coords.longitude)}`;
        const option = new Option(button.dataset.positionLabel, value, true, true);
        select.prepend(option);
        const sort = select.form.querySelector("select[name=sort]");
        if (sort) sort.value = "distance";
        select.form.submit();
      },
      () => {
        button.disabled = false;
        status.textContent = button.dataset.failed;
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  });
})();
