// Submits the provider's logout form at once: the user already chose "Log ud" in Klinik+.
const form = document.getElementById('op.logoutForm');
if (form) {
  const confirm = document.createElement('input');
  confirm.type = 'hidden';
  confirm.name = 'logout';
  confirm.value = 'yes';
  form.append(confirm);
  form.submit();
}
