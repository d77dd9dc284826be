// Loaded by the strict-CSP page (an inline script would be blocked): records what the page's policy refused.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`.trim());
});
