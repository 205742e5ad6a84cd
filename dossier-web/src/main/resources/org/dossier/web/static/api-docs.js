// Swagger UI over the description this server serves; kept out of the page so the CSP can forbid inline script.
window.addEventListener('load', function () {
  window.SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
