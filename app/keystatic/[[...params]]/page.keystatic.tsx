/** Every /keystatic/… address is drawn by the admin in ../layout.keystatic.tsx. */
export default function KeystaticPage() {
  return null;
}
